<?php
// ProjectSend page stand-in: custom-assets.php
