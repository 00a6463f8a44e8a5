<?php if(!class_exists("Rain\\Tpl")){exit;}?><form name="login"></form>
