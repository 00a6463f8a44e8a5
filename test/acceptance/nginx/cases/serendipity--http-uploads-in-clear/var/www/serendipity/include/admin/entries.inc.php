<?php
// admin: entries
