<div class="field-fileupload"></div>
