# La page publique d'un plan (/p/<plan>/<code>), dans le navigateur.
page-open-until = Ouvert jusqu’au { $date }
page-ended = Ce plan est terminé. Merci à toutes celles et ceux qui y ont pris part : le prochain plan arrive.
page-join-intro = Rejoignez-nous pour recevoir ces étapes dans votre messagerie, les cocher au fur et à mesure et découvrir ce que nous avons fait ensemble.
page-join-telegram = Rejoindre sur Telegram
page-join-whatsapp = Rejoindre sur WhatsApp
page-withdrawn = Cette étape a été retirée : merci de ne pas la faire.
page-source = Vérifié par { $by } le { $date }
page-open-link = Ouvrir ({ $host })
page-minutes = { $minutes ->
    [one] Environ une minute
    [many] Environ { $minutes } minutes
   *[other] Environ { $minutes } minutes
}
page-done = Déjà fait par { $count } d’entre nous
page-privacy = Cette page ne dépose aucun cookie et ne charge rien depuis un autre site. Nous ne comptons les visites qu’au total.
page-languages = Langues
page-not-found-title = Page introuvable
page-not-found-body = Ce lien ne mène à aucun plan. Il est peut-être mal recopié, ou le plan n’est pas encore public. Redemandez le lien à la personne qui l’a partagé.
