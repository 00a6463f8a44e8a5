{* placeholder Smarty template: page footer *}
<div class="crm-footer">{ts}Powered by CiviCRM{/ts}</div>
