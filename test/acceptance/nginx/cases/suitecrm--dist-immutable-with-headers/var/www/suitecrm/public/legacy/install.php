<?php
// Legacy installer.
