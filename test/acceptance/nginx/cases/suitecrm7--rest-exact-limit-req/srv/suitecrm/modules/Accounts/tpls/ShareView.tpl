{* stand-in Smarty template *}
