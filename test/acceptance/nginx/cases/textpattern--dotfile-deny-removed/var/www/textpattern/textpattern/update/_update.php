<?php
// upgrade script
