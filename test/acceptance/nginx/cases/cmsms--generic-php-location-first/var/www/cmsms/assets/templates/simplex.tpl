{* page template stand-in *}
