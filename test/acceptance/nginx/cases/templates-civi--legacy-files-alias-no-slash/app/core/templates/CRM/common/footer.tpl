{* placeholder Smarty template *}
