<?php /* Smarty compiled template (stand-in) */ ?>
<div class="crm-footer">Powered by CiviCRM</div>
