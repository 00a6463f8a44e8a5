<?php /* placeholder: compiled Smarty template */ ?>
<div class="crm-footer">Powered by CiviCRM</div>
