{* header *}
