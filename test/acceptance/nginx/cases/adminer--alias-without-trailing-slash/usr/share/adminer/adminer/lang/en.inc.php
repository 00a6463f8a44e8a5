<?php
// translation stand-in
