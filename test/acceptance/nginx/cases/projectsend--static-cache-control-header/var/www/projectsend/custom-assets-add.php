<?php
// ProjectSend page stand-in: custom-assets-add.php
