<?php /* stand-in compiled Smarty template */ ?><div class="crm-footer"></div>
