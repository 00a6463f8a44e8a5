{include file="_head.tpl" title="Membres"}
