<div class="block_newsletter">{$msg}</div>
