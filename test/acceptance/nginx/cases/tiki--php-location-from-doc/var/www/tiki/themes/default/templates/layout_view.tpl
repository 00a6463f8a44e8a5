{* layout *}
