<?php
// Simple Blog plugin (stub): posts in data/simpleblog.json
global $Wcms;
