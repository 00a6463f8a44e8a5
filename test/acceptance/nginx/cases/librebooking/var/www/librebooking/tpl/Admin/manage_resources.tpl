{* resources *}
