<?php
// created: 2024-05-02 10:41:20
$key = array (
  0 => '4f1c9e7a-2b3d-8c6e-1a0f-5d7b9e3c2a14',
);
