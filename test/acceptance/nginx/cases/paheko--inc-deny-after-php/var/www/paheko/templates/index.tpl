{include file="_head.tpl" title="Accueil"}
<main></main>
