<div class="crm-footer">{ts}Powered by CiviCRM{/ts}</div>
