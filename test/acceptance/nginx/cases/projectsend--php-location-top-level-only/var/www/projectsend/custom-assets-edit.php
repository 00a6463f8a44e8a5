<?php
// ProjectSend page stand-in: custom-assets-edit.php
