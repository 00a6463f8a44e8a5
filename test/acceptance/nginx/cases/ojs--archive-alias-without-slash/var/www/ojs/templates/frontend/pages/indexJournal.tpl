{* tpl *}
