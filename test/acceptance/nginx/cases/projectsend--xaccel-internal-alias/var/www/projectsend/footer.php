<?php
// ProjectSend page stand-in: footer.php
