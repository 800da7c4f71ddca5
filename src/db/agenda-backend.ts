import { MongoBackend } from '@agendajs/mongo-backend';
import type { AgendaBackend } from 'agenda';
import type { Connection } from 'mongoose';

/** Agenda's jobs on our database (collection `agenda_jobs`), through the driver mongoose holds. */
export function agendaBackend(conn: Connection): AgendaBackend {
  return new MongoBackend({ mongo: conn.db!, collection: 'agenda_jobs' });
}
