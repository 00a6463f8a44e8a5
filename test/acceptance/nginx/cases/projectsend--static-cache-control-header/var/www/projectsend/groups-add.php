<?php
// ProjectSend page stand-in: groups-add.php
