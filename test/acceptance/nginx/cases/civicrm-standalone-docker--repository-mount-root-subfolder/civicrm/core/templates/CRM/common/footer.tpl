{* stand-in Smarty template *}<div class="crm-footer"></div>
