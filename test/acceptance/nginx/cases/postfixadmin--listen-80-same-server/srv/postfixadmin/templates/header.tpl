{* smarty *}
