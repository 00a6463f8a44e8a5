<?php if(!class_exists("Rain\\Tpl")){exit;}?><div class="chat"><?php echo htmlspecialchars($text); ?></div>
