<?php
namespace ProjectSend\Classes;

class Files {}
