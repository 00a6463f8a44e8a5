<div class="chat">{$text}</div>
