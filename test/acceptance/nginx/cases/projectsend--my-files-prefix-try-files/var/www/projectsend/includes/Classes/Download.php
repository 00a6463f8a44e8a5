<?php
namespace ProjectSend\Classes;

class Download {}
