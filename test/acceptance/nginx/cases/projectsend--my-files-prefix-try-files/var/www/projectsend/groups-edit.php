<?php
// ProjectSend page stand-in: groups-edit.php
