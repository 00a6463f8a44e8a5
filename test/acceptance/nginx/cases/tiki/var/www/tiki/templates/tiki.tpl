{* Smarty *}
