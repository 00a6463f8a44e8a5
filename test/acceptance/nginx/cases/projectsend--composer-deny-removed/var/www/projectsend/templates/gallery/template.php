<?php
// gallery template stand-in
