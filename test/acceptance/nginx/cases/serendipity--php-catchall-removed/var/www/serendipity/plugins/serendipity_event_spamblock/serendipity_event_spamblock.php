<?php
// spam protection plugin
