{* content list stand-in *}
