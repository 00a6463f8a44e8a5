<?php
/* Smarty version 4.3.4, created on 2026-12-01 09:12:44
  from "/var/www/hubzilla/view/tpl/nav.tpl" */
$_smarty_tpl->_checkPlugins(array());
?>
<div id="nav"><?php echo $_smarty_tpl->tpl_vars["sitelocation"]->value;?></div>
