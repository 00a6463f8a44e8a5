{* stand-in *}
