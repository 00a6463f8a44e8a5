{* menu stand-in *}
