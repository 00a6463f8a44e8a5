<{* theme stand-in *}>
<html><body><{$xoops_contents}></body></html>
