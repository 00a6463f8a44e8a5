<?php /* Smarty version 2.6.31, compiled */ ?>
<div class="crm-footer">Powered by CiviCRM</div>
