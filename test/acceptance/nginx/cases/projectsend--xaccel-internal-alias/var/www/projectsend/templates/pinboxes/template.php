<?php
// pinboxes template stand-in
