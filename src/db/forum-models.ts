import { Schema, type Connection } from 'mongoose';
import { model } from './models.js';

/** A forum member: `_id` is their key (a keyed hash of their Telegram id), with their part and audience codes. */
const forumMember = new Schema(
  {
    _id: { type: String, required: true },
    role: { type: String, required: true },
    codes: { type: [String], default: [] },
    addedBy: { type: String, required: true },
    addedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** One member's objection to one subject: `_id` is `<subject>|<member>`, so a member objects once. */
const objection = new Schema(
  {
    _id: { type: String, required: true },
    subject: { type: String, required: true },
    member: { type: String, required: true },
    at: { type: Date, required: true },
  },
  { versionKey: false },
);
objection.index({ subject: 1 });

/** A decision about a member (an organiser added or removed): who proposed it and when; approvals are in `approvals`. */
const memberDecision = new Schema(
  {
    _id: { type: String, required: true },
    op: { type: String, required: true },
    member: { type: String, required: true },
    proposedBy: { type: String, required: true },
    createdAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** A member decision carried out: `_id` is the decision's, so it is carried out once. */
const decisionDone = new Schema({ _id: { type: String, required: true }, at: { type: Date, required: true } }, { versionKey: false });

/** A member's profile: `_id` is their key; their Telegram chat sealed, language, zone and the languages they review. */
const memberProfile = new Schema(
  {
    _id: { type: String, required: true },
    sealed: { type: String },
    lang: { type: String, required: true },
    zone: { type: String, required: true },
    speaks: { type: [String], default: [] },
    name: { type: String },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false },
);

/** The forum's own collections (members, objections, member decisions). */
export function forumModels(conn: Connection) {
  return {
    ForumMember: model(conn, 'ForumMember', forumMember, 'forum_members'),
    Objection: model(conn, 'Objection', objection, 'objections'),
    MemberDecision: model(conn, 'MemberDecision', memberDecision, 'member_decisions'),
    DecisionDone: model(conn, 'DecisionDone', decisionDone, 'decisions_done'),
    MemberProfile: model(conn, 'MemberProfile', memberProfile, 'member_profiles'),
  };
}
