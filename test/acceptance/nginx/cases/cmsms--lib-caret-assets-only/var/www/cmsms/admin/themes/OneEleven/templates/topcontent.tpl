{* admin template stand-in *}
