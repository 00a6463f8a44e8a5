{* News summary stand-in *}
