{* overridden News summary stand-in *}
