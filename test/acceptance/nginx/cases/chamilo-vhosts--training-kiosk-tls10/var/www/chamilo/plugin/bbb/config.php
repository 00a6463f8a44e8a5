<?php
/* plugin settings stand-in */
